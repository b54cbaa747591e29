/** Reading and writing metadata files exactly as Salesforce does: secure parsing with positions, layout-keeping writes, atomic files. Maven-free. */
package io.github.ecamaven.eca.model.io;
