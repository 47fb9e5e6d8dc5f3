package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Only a photo upload may send a body larger than the JSON limit")
class PhotoUploadsTest {

    @Test
    @DisplayName("a POST of a photo to a treatment record, with or without the context root, is an upload")
    void upload() {
        assertThat(PhotoUploads.isUpload("POST", "/api/treatment-records/7b0e3c1a/photos")).isTrue();
        assertThat(PhotoUploads.isUpload("post", "treatment-records/7b0e3c1a/photos/")).isTrue();
        assertThat(PhotoUploads.isUpload("POST", "/treatment-records/7b0e3c1a/photos")).isTrue();
    }

    @Test
    @DisplayName("any other method or path keeps the small limit")
    void notUpload() {
        assertThat(PhotoUploads.isUpload("GET", "/api/treatment-records/7b0e3c1a/photos")).isFalse();
        assertThat(PhotoUploads.isUpload("PUT", "/api/treatment-records/7b0e3c1a/photos")).isFalse();
        assertThat(PhotoUploads.isUpload("POST", "/api/treatment-records")).isFalse();
        assertThat(PhotoUploads.isUpload("POST", "/api/treatment-records/a/b/photos")).isFalse();
        assertThat(PhotoUploads.isUpload("POST", "/api/clients/x/notes")).isFalse();
        assertThat(PhotoUploads.isUpload("POST", "/api/treatment-records/x/photos/../../auth/login")).isFalse();
        assertThat(PhotoUploads.isUpload("POST", "/api/auth/login/treatment-records/x/photos")).isFalse();
        assertThat(PhotoUploads.isUpload("POST", "/api/treatment-records/x;y/photos")).isFalse();
        assertThat(PhotoUploads.isUpload("POST", null)).isFalse();
    }
}
