package io.releasecopilot.cli.fakes;

import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AccessGrant;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** S3Proxy on the in-memory {@code transient} store (it accepts SSE headers), counting the requests it serves. */
public final class S3Local implements AutoCloseable {

    private final S3Proxy proxy;
    private final S3Client client;
    private final AtomicInteger requests = new AtomicInteger();

    public S3Local() throws Exception {
        TestCredentials.install();
        Properties properties = new Properties();
        properties.setProperty("jclouds.identity", TestCredentials.ACCESS_KEY);
        properties.setProperty("jclouds.credential", TestCredentials.SECRET_KEY);
        BlobStore store = BlobStores.create("transient", properties);
        proxy = S3Proxy.builder().blobStore(store)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, TestCredentials.ACCESS_KEY, TestCredentials.SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.setBlobStoreLocator((identity, container, blob) -> {
            requests.incrementAndGet();
            return new AccessGrant(TestCredentials.SECRET_KEY, store);
        });
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        client = S3Client.builder().region(Region.of(TestCredentials.REGION)).endpointOverride(endpoint())
                .forcePathStyle(true).httpClient(Apache5HttpClient.create()).build();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public S3Client client() {
        return client;
    }

    public S3Local bucket(String name) {
        client.createBucket(request -> request.bucket(name));
        return this;
    }

    public List<String> keys(String bucket) {
        return client.listObjectsV2(request -> request.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
    }
}
