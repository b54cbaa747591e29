/** eca:migrate: Connected App to External Client App conversion, eligibility, reports and the POM snippet. */
package io.github.ecamaven.eca.migrate;
