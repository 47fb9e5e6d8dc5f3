package com.laca.bootstrap.architecture.badexample.bootstrap;

/** Stands for the wiring module in the bad example. */
public class Wiring {
}
