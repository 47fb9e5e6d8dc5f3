package com.laca.adapter.rest.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a staff resource: a request without a verified access token is refused with 401, and a token naming none of
 * the platform's roles with 403, before the resource runs; what each role may do stays with the use cases' permission
 * checks. One annotation instead of every resource repeating the list of roles.
 */
@Documented
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffOnly {
}
