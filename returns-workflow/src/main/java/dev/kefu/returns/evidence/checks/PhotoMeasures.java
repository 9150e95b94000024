package dev.kefu.returns.evidence.checks;

/**
 * The numbers the usability checks compare against their limits, kept with the result so
 * that limits can be tuned from real uploads.
 *
 * @param sharpness variance of the Laplacian of the luminance (0 to 255) at working size
 * @param meanLuminance mean luminance, 0 (black) to 1 (white)
 * @param darkShare share of pixels below 10% luminance
 * @param brightShare share of pixels above 95% luminance
 */
public record PhotoMeasures(double sharpness, double meanLuminance, double darkShare, double brightShare) {

}
