/** The shipped rule and jurisdictions files and their loaders, checked against the files' JSON Schemas. */
package com.laca.adapter.rules.json;
