/** eca:retrieve and eca:deploy against an org through sf, and the configuration tree they compare with. */
package io.github.ecamaven.eca.orgsync;
