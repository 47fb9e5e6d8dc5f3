/**
 * Outbound ports of the client-records area: what its use cases need from technology they must not know, starting
 * with the photo processor that makes an upload safe to store.
 */
package com.laca.application.records.port.out;
