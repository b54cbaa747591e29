/** Field-by-field differences between the repository and an org. */
package io.github.ecamaven.eca.drift;
