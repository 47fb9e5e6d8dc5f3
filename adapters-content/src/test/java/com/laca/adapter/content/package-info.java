/** Tests of the content writers against a local OpenAI-shaped server. */
package com.laca.adapter.content;
