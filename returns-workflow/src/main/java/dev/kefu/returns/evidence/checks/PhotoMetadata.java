package dev.kefu.returns.evidence.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;

/**
 * What a photo's EXIF says about where it came from. Chat apps and screenshots often drop
 * all of it, so every fact drawn from it is a fact for a person, never proof.
 *
 * @param exif whether the photo carries any EXIF at all
 * @param camera the camera's make and model, when given
 * @param software the software that wrote it, when given (a phone's firmware, or an
 * editor)
 * @param capturedAt when it was taken, in the camera's local time, when given
 * @param capturedOffset the camera's offset from UTC at that time, when given
 */
public record PhotoMetadata(boolean exif, Optional<String> camera, Optional<String> software,
		Optional<LocalDateTime> capturedAt, Optional<ZoneOffset> capturedOffset) {

	/**
	 * Lower-case fragments of the names that photo editors write into the Software tag.
	 */
	private static final List<String> EDITORS = List.of("photoshop", "lightroom", "gimp", "snapseed", "picsart",
			"meitu", "美图", "醒图", "美颜", "vsco", "canva", "facetune", "pixlr", "affinity", "paint.net", "faceapp",
			"photoroom", "inshot", "polarr", "fotor", "pixelmator", "luminar", "capture one", "darktable");

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	/** No metadata at all. */
	public static final PhotoMetadata NONE = new PhotoMetadata(false, Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty());

	static PhotoMetadata read(byte[] bytes) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
		}
		catch (ImageProcessingException | IOException | RuntimeException ex) {
			// Damaged metadata in a photo that decoded: it says nothing.
			return NONE;
		}
		ExifIFD0Directory root = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
		if (root == null && sub == null) {
			return NONE;
		}
		Optional<String> make = text(root, ExifDirectoryBase.TAG_MAKE);
		Optional<String> model = text(root, ExifDirectoryBase.TAG_MODEL);
		Optional<String> camera = (make.isPresent() || model.isPresent())
				? Optional.of((make.orElse("") + " " + model.orElse("")).strip()) : Optional.empty();
		Optional<LocalDateTime> captured = text(sub, ExifDirectoryBase.TAG_DATETIME_ORIGINAL)
			.flatMap(PhotoMetadata::exifTime);
		Optional<ZoneOffset> offset = text(sub, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL).flatMap((value) -> {
			try {
				return Optional.of(ZoneOffset.of(value));
			}
			catch (DateTimeException ex) {
				return Optional.empty();
			}
		});
		return new PhotoMetadata(true, camera, text(root, ExifDirectoryBase.TAG_SOFTWARE), captured, offset);
	}

	/**
	 * The facts this metadata gives for a claim on an item delivered at a time.
	 * @param deliveredAt when the item was delivered, or {@code null} when unknown
	 * @param shopZone the zone a capture time without offset is read in
	 * @return the facts, none when nothing stands out
	 */
	public Set<MetadataFact> facts(Instant deliveredAt, ZoneId shopZone) {
		Set<MetadataFact> facts = EnumSet.noneOf(MetadataFact.class);
		if (this.camera.isEmpty() && this.capturedAt.isEmpty()) {
			facts.add(MetadataFact.NO_CAMERA_METADATA);
		}
		if (editingSoftware().isPresent()) {
			facts.add(MetadataFact.EDITING_SOFTWARE);
		}
		if (deliveredAt != null && capturedInstant(shopZone).filter((t) -> t.isBefore(deliveredAt)).isPresent()) {
			facts.add(MetadataFact.CAPTURED_BEFORE_DELIVERY);
		}
		return facts;
	}

	/**
	 * The editor named in the Software tag, if it names one.
	 * @return the tag's value when it names a photo editor
	 */
	public Optional<String> editingSoftware() {
		return this.software.filter((name) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			return EDITORS.stream().anyMatch(lower::contains);
		});
	}

	/**
	 * When the photo was taken, read in its own offset or, without one, the shop's zone.
	 * @param shopZone the shop's zone
	 * @return the instant, when the photo says
	 */
	public Optional<Instant> capturedInstant(ZoneId shopZone) {
		return this.capturedAt.map((local) -> this.capturedOffset.map((o) -> local.toInstant(o))
			.orElseGet(() -> local.atZone(shopZone).toInstant()));
	}

	private static Optional<String> text(Directory directory, int tag) {
		if (directory == null) {
			return Optional.empty();
		}
		String value = directory.getString(tag);
		if (value == null) {
			return Optional.empty();
		}
		String clean = value.replaceAll("\\p{Cntrl}", "").strip();
		return clean.isEmpty() ? Optional.empty() : Optional.of(clean.substring(0, Math.min(clean.length(), 100)));
	}

	private static Optional<LocalDateTime> exifTime(String value) {
		try {
			return Optional.of(LocalDateTime.parse(value, EXIF_TIME));
		}
		catch (DateTimeParseException ex) {
			// "0000:00:00 00:00:00" and other placeholders cameras write.
			return Optional.empty();
		}
	}

}
