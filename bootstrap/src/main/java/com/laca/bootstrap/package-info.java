/** The Payara Micro application: wires use cases to adapters with CDI and configures them with MicroProfile Config. */
package com.laca.bootstrap;
