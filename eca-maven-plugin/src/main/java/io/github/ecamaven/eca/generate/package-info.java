/** eca:generate: the {@code <app>} settings table, presets, mapping to the five metadata files, the validation gate and merging writes. */
package io.github.ecamaven.eca.generate;
