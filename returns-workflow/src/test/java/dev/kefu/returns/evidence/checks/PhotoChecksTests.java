package dev.kefu.returns.evidence.checks;

import java.util.Arrays;
import java.util.Base64;

import dev.kefu.returns.evidence.checks.samples.PhotoSamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoChecksTests {

	/** A 1 x 1 lossless WebP (the JDK has no WebP writer). */
	private static final byte[] TINY_WEBP = Base64.getDecoder()
		.decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	private final PhotoChecks checks = new PhotoChecks(PhotoCheckSettings.defaults());

	@Test
	void readsJpegPngAndWebpByTheirBytes() {
		byte[] jpeg = PhotoSamples.jpeg(PhotoSamples.scene(1, 640, 480, 0.8), 0.9f);
		byte[] png = PhotoSamples.png(PhotoSamples.scene(2, 640, 480, 0.8));
		assertThat(this.checks.check(jpeg).format()).isEqualTo(PhotoFormat.JPEG);
		assertThat(this.checks.check(png).format()).isEqualTo(PhotoFormat.PNG);
		PhotoReport webp = this.checks.check(TINY_WEBP);
		assertThat(webp.format()).isEqualTo(PhotoFormat.WEBP);
		assertThat(webp.problems()).contains(PhotoProblem.TOO_SMALL);
		assertThat(webp.usable()).isFalse();
	}

	@Test
	void refusesBytesThatAreNoPhoto() {
		assertThatThrownBy(() -> this.checks.check("GIF89a not a photo".getBytes())).isInstanceOfSatisfying(
				PhotoNotReadable.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(PhotoNotReadable.Reason.UNSUPPORTED_FORMAT));
	}

	@Test
	void refusesATruncatedPhoto() {
		byte[] jpeg = PhotoSamples.jpeg(PhotoSamples.scene(3, 640, 480, 0.8), 0.9f);
		byte[] truncated = Arrays.copyOf(jpeg, 200);
		assertThatThrownBy(() -> this.checks.check(truncated)).isInstanceOfSatisfying(PhotoNotReadable.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(PhotoNotReadable.Reason.DAMAGED));
	}

	@Test
	void refusesAPhotoWhoseHeaderAnnouncesTooManyPixelsBeforeDecodingIt() {
		PhotoChecks strict = new PhotoChecks(new PhotoCheckSettings(480, 8.0, 0.10, 0.60, 0.78, 0.45, 480 * 480));
		byte[] png = PhotoSamples.png(PhotoSamples.scene(4, 800, 600, 0.2));
		assertThatThrownBy(() -> strict.check(png)).isInstanceOfSatisfying(PhotoNotReadable.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(PhotoNotReadable.Reason.TOO_MANY_PIXELS));
	}

	@Test
	void aStoredHashFindsTheSamePhotoAgainAndNoOther() {
		PhotoReport first = this.checks.check(PhotoSamples.jpeg(PhotoSamples.scene(5, 800, 600, 0.6), 0.9f));
		PerceptualHash stored = PerceptualHash.stored(first.hash().upright(), first.hash().inner());
		PhotoReport again = this.checks
			.check(PhotoSamples.jpeg(PhotoSamples.turned(PhotoSamples.scene(5, 800, 600, 0.6), 90), 0.6f));
		PhotoReport other = this.checks.check(PhotoSamples.jpeg(PhotoSamples.scene(6, 800, 600, 0.6), 0.9f));
		assertThat(again.hash().nearDuplicateOf(stored)).isTrue();
		assertThat(other.hash().nearDuplicateOf(stored)).isFalse();
		assertThatThrownBy(() -> PerceptualHash.stored("abc", first.hash().inner()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
