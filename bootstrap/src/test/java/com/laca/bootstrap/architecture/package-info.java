/** The architecture rules (module fences and technology confinement) and the proof that each can fail. */
package com.laca.bootstrap.architecture;
