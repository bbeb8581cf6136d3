package io.releasecopilot.aws.fakes;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AccessGrant;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3ErrorCode;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.S3ProxyException;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An embedded S3Proxy on the in-memory {@code transient} store (which accepts SSE headers), with SigV4
 * checked against {@link TestAws}'s credentials, a request counter, and buckets that answer 403 AccessDenied.
 */
public final class S3Fake implements AutoCloseable {

    private final S3Proxy proxy;
    private final AtomicInteger requests = new AtomicInteger();
    private final S3Client client;

    public S3Fake(String... deniedBuckets) throws Exception {
        TestAws.install();
        Set<String> denied = Set.of(deniedBuckets);
        Properties properties = new Properties();
        properties.setProperty("jclouds.identity", TestAws.ACCESS_KEY);
        properties.setProperty("jclouds.credential", TestAws.SECRET_KEY);
        BlobStore store = BlobStores.create("transient", properties);
        proxy = S3Proxy.builder()
                .blobStore(store)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, TestAws.ACCESS_KEY, TestAws.SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        BlobStore deniedStore = denyingStore();
        proxy.setBlobStoreLocator((identity, container, blob) -> {
            requests.incrementAndGet();
            boolean deny = container != null && denied.contains(container);
            return new AccessGrant(TestAws.SECRET_KEY, deny ? deniedStore : store);
        });
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        client = S3Client.builder().region(Region.of(TestAws.REGION)).endpointOverride(endpoint())
                .forcePathStyle(true).httpClient(Apache5HttpClient.create()).build();
    }

    /** A store that answers every call on a denied bucket with 403 AccessDenied, as a bucket policy would. */
    private static BlobStore denyingStore() {
        return (BlobStore) Proxy.newProxyInstance(BlobStore.class.getClassLoader(), new Class<?>[] {BlobStore.class},
                (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("equals") ? self == args[0]
                                : method.getName().equals("hashCode") ? System.identityHashCode(self) : "denied";
                    }
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    throw new S3ProxyException(S3ErrorCode.ACCESS_DENIED);
                });
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Returns a client for the test's own reads and set-up. */
    public S3Client client() {
        return client;
    }

    public S3Fake bucket(String name) {
        client.createBucket(request -> request.bucket(name));
        return this;
    }

    /** Returns the number of requests that reached the proxy, the test's own included. */
    public int requests() {
        return requests.get();
    }

    /** Returns the keys of a bucket's objects. */
    public List<String> keys(String bucket) {
        return client.listObjectsV2(request -> request.bucket(bucket)).contents().stream().map(S3Object::key)
                .toList();
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
    }
}
