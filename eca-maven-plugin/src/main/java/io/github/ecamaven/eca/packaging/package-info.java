/** 2GP packaging through sf: package create, version create, report, promote, install and their checks. */
package io.github.ecamaven.eca.packaging;
