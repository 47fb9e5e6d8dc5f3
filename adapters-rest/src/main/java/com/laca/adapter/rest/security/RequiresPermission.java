package com.laca.adapter.rest.security;

import com.laca.domain.identity.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a staff endpoint's use case demands, checked again before the request's body, headers or path are
 * read, so a caller who may not do this gets 403 whatever the input and learns nothing about what input it takes;
 * the use case's own check stays the rule, this only brings the refusal forward.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    Permission value();
}
