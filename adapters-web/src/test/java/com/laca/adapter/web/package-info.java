/** Tests of the page shell, the page paths and the pages' headers. */
package com.laca.adapter.web;
