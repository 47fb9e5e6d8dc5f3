/** The shipped rule file and the loader, checked against the rule file's JSON Schema. */
package com.laca.adapter.rules.json;
