/**
 * HTTP plumbing every resource shares: body-size limits, complete-JSON and text checks of request bodies, If-Match and
 * ETag handling, conditional and cacheable public reads, gzip, paging and path ids, request metrics, and the API
 * description's shared components and clean-up filter.
 */
package com.laca.adapter.rest.common;
