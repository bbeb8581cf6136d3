package io.releasecopilot.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: {@code cdk synth -c env=dev} reads {@code envs/dev.json} and synthesizes the stack
 * {@code ReleaseCopilot-dev}, checked by cdk-nag's AwsSolutions rules. {@code -c lambdaJar=PATH} overrides the
 * environment file's jar.
 */
public final class InfraApp {

    private InfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        build(app, Path.of("."));
        app.synth();
    }

    /** Adds the stack of the app's {@code env} context to the app; returns it. */
    static ReleaseCopilotStack build(App app, Path infraDir) {
        // server access logs are delivered under a bucket policy, not an ACL (the log bucket is owner-enforced)
        app.getNode().setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
        Object env = app.getNode().tryGetContext("env");
        String name = env == null ? "dev" : env.toString();
        EnvConfig config = EnvConfig.read(infraDir.resolve("envs").resolve(name + ".json"));
        Object jarContext = app.getNode().tryGetContext("lambdaJar");
        Path jar = infraDir.resolve(jarContext == null ? config.lambdaJar() : jarContext.toString());
        ReleaseCopilotStack stack = new ReleaseCopilotStack(app, "ReleaseCopilot-" + config.env(),
                StackProps.builder().env(Environment.builder().region(config.region())
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT")).build())
                        .description("Release Copilot (" + config.env() + ")").build(),
                config, jar.toString());
        Aspects.of(app).add(new AwsSolutionsChecks());
        return stack;
    }
}
