/** One class per eca:validate rule, registered in RuleCatalogue. */
package io.github.ecamaven.eca.validate.rules;
