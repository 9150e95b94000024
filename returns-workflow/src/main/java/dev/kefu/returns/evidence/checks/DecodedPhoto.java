package dev.kefu.returns.evidence.checks;

import java.awt.image.BufferedImage;

/**
 * A photo decoded once, with the bytes it came from (the metadata is read from those).
 *
 * @param bytes the uploaded bytes
 * @param format their format
 * @param image the decoded pixels
 */
public record DecodedPhoto(byte[] bytes, PhotoFormat format, BufferedImage image) {

}
