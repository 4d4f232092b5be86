package org.copydesk.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One uploaded picture, keyed by the SHA-256 of its bytes: the same file uploaded twice is stored
 * once, and a reference to it can never come to mean another picture. Never changed after insert.
 */
@Entity
@Table(name = "photo")
public class Photo {

  @Id
  @Column(name = "sha256", length = 64)
  private String sha256;

  @Column(name = "media_type", length = 20, nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "width", nullable = false, updatable = false)
  private int width;

  @Column(name = "height", nullable = false, updatable = false)
  private int height;

  @Column(name = "byte_size", nullable = false, updatable = false)
  private int byteSize;

  // Lazy so that listing or checking a photo never drags its megabytes along.
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "data", nullable = false, updatable = false)
  private byte[] data;

  @Column(name = "uploaded_by", length = 64, nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  protected Photo() {}

  Photo(String sha256, ImageCheck.Inspected image, byte[] data, String uploadedBy, OffsetDateTime uploadedAt) {
    this.sha256 = sha256;
    this.mediaType = image.type().mediaType();
    this.width = image.width();
    this.height = image.height();
    this.byteSize = data.length;
    this.data = data.clone();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public String getSha256() {
    return sha256;
  }

  public String getMediaType() {
    return mediaType;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public int getByteSize() {
    return byteSize;
  }

  public byte[] getData() {
    return data == null ? null : data.clone();
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }

  /** The reference a revision keeps: the content hash and the format's extension. */
  public String ref() {
    for (ImageType type : ImageType.values()) {
      if (type.mediaType().equals(mediaType)) {
        return PhotoRefs.of(sha256, type);
      }
    }
    throw new IllegalStateException("Stored photo with unknown type " + mediaType);
  }
}
