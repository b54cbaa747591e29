/**
 * eca:doctor: why a connection does not work. Named checks compare the project's files, the org (read through the
 * org's session and one retrieve into the build directory) and the Nango integration (read with GET only); each
 * answers ✓, ✗ or ? with a fix and a link to its FAQ entry. An OAuth error the user saw is parsed and matched to its
 * known causes, whose checks come first. Nothing here writes to the org, to Nango or to the project's files.
 */
package io.github.ecamaven.eca.doctor;
