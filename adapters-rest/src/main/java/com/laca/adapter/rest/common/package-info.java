/** HTTP plumbing every resource shares: body-size limits, If-Match and ETag handling, paging and path ids. */
package com.laca.adapter.rest.common;
