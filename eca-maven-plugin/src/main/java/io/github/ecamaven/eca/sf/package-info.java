/** Running the real sf CLI: commands, JSON output, errors, timeouts and secrets kept out of logs. */
package io.github.ecamaven.eca.sf;
