package com.laca.domain.records;

/** The image formats a clinical photo is stored in after processing, with the media type it is served as. */
public enum PhotoFormat {
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String mediaType;

    PhotoFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
