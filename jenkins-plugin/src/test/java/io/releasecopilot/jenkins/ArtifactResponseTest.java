package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArtifactResponseTest {

    private final Map<String, Object> sent = new LinkedHashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A response that records the calls the endpoint makes. */
    private HttpServletResponse response() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "setHeader" -> sent.put((String) args[0], args[1]);
                        default -> sent.put(method.getName(), args == null ? null : args[0]);
                    }
                    return null;
                });
    }

    @Test
    void shouldSendJsonThatNoBrowserRendersAsAPage() throws Exception {
        byte[] json = "{\"builds\":[]}".getBytes(StandardCharsets.UTF_8);

        ArtifactResponse.send(response(), json);

        assertThat(sent).containsEntry("setContentType", "application/json;charset=UTF-8")
                .containsEntry("X-Content-Type-Options", "nosniff").containsEntry("setContentLength", json.length);
        assertThat(body.toByteArray()).isEqualTo(json);
    }

    @Test
    void shouldAnswer404ForAReportThatIsNotArchived() throws Exception {
        ArtifactResponse.send(response(), (jenkins.util.VirtualFile) null);

        assertThat(sent).containsOnlyKeys("sendError").containsEntry("sendError", 404);
        assertThat(body.size()).isZero();
    }
}
