/** OAuth value vocabularies: scope tokens and their OAuth strings, IP relaxation, refresh-token units. Maven-free. */
package io.github.ecamaven.eca.model.oauth;
