/** SARIF, Checkstyle and JUnit reports of eca:validate. */
package io.github.ecamaven.eca.validate.report;
