import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.stream.Stream;

/** A PKCS12 trust store of every *.crt under a folder (Debian's Mozilla CA bundle); password "changeit" as Java's. */
public class TrustStore {
    public static void main(String[] args) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        int n = 0;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".crt")).sorted()::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    X509Certificate cert = (X509Certificate) x509.generateCertificate(in);
                    store.setCertificateEntry("debian:" + file.getFileName(), cert);
                    n++;
                }
            }
        }
        try (FileOutputStream out = new FileOutputStream(args[1])) {
            store.store(out, "changeit".toCharArray());
        }
        System.out.println("[base] trust store with " + n + " certificates");
    }
}
