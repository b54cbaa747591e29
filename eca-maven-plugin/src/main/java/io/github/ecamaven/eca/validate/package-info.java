/** eca:validate: the rule engine, catalogue, profiles, findings and baseline. */
package io.github.ecamaven.eca.validate;
