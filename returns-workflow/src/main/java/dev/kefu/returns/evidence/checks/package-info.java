/**
 * Offline checks on one evidence photo: whether it is usable (size, sharpness, exposure),
 * a perceptual hash to find the same photo again, and what its metadata says, as facts.
 */
package dev.kefu.returns.evidence.checks;
