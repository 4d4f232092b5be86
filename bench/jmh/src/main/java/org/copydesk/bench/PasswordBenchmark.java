package org.copydesk.bench;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.copydesk.security.PasswordHashing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One password verification as Copydesk configures Jakarta Security's Pbkdf2PasswordHash
 * (org.copydesk.security.PasswordHashing): PBKDF2-HMAC-SHA512, PasswordHashing.ITERATIONS
 * iterations, 32-byte salt, 64-byte key. The JDK's SecretKeyFactory does the work there too;
 * calling it directly keeps the container out of the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class PasswordBenchmark {

  private final char[] password = "copydesk-demo".toCharArray();
  private final byte[] salt = new byte[32];

  @Benchmark
  public byte[] pbkdf2Sha512() throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(password, salt, PasswordHashing.ITERATIONS, 64 * 8);
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
  }
}
