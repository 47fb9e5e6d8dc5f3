/** The SMTP sender against GreenMail and a scripted SMTP server, and its settings. */
package com.laca.adapter.notifications.mail;
