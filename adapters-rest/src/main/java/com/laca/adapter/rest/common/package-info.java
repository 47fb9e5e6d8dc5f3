/**
 * HTTP plumbing every resource shares: body-size limits, complete-JSON and text checks of request bodies, If-Match and
 * ETag handling, paging and path ids.
 */
package com.laca.adapter.rest.common;
