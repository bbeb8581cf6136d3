package io.releasecopilot.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.releasecopilot.jenkins.CredentialNames.Service;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jenkins.util.BuildListenerAdapter;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** {@link BuildPort} over the Pipeline step context, on the controller. Thin: every decision is elsewhere. */
final class JenkinsBuild implements BuildPort {

    private final Run<?, ?> run;
    private final TaskListener listener;
    private final FilePath workspace;
    private final Launcher launcher;
    private final FlowNode node;
    private final EnvVars env;
    private final JenkinsFacade jenkins;

    private JenkinsBuild(StepContext context, JenkinsFacade jenkins) throws IOException, InterruptedException {
        this.run = context.get(Run.class);
        this.listener = context.get(TaskListener.class);
        this.workspace = context.get(FilePath.class);
        this.launcher = context.get(Launcher.class);
        this.node = context.get(FlowNode.class);
        this.env = context.get(EnvVars.class);
        this.jenkins = jenkins;
    }

    /** Reads the build, log, workspace, launcher, flow node and environment of the step's context. */
    static JenkinsBuild of(StepContext context) throws IOException, InterruptedException {
        return new JenkinsBuild(context, new JenkinsFacade());
    }

    @Override
    public TaskListener listener() {
        return listener;
    }

    @Override
    public StepEnvironment environment() {
        return StepEnvironment.of(env, workspace.isRemote());
    }

    @Override
    public CredentialValues credentials(StepOptions options) throws IOException {
        CredentialValues values = CredentialValues.none();
        add(values, "jiraCredentialsId", options.jiraCredentialsId, Service.JIRA, options.jiraFlavor,
                options.jiraUrl);
        add(values, "bitbucketCredentialsId", options.bitbucketCredentialsId, Service.BITBUCKET,
                options.bitbucketFlavor, options.bitbucketUrl);
        return values;
    }

    private void add(CredentialValues values, String parameter, String id, Service service, Flavor flavor,
            String url) throws AbortException {
        String credentialsId = StepOptions.clean(id);
        if (credentialsId == null) {
            return;
        }
        StandardCredentials found = CredentialsProvider.findCredentialById(credentialsId,
                StandardCredentials.class, run, URIRequirementBuilder.fromUri(StepOptions.clean(url)).build());
        if (found == null) {
            throw new AbortException(parameter + ": no credentials with id '" + credentialsId
                    + "' that this build may use");
        }
        CredentialsProvider.track(run, found);
        if (found instanceof StandardUsernamePasswordCredentials userPassword) {
            List<String> names = CredentialNames.usernamePassword(service, flavor);
            values.with(names.get(0), userPassword.getUsername());
            values.with(names.get(1), userPassword.getPassword().getPlainText());
        } else if (found instanceof StringCredentials secretText) {
            values.with(CredentialNames.secretText(service, flavor), secretText.getSecret().getPlainText());
        } else {
            throw new AbortException(parameter + ": credentials '" + credentialsId
                    + "' are neither 'Username with password' nor 'Secret text'");
        }
    }

    @Override
    public AuditSummary audit(AuditCallable callable) throws IOException, InterruptedException {
        return workspace.act(callable);
    }

    @Override
    public List<String> auditIds() {
        return run.getActions(ReleaseAuditAction.class).stream().map(ReleaseAuditAction::getId)
                .filter(Objects::nonNull).toList();
    }

    @Override
    public void archive(Map<String, String> files) throws IOException, InterruptedException {
        run.pickArtifactManager().archive(workspace, launcher, new BuildListenerAdapter(listener), files);
    }

    @Override
    public void attach(ReleaseAuditAction action) throws IOException {
        run.addAction(action);
        AuditIndex.record(run.getParent().getRootDir(), run.getNumber());
    }

    @Override
    public void mark(boolean failure, String message) {
        Result result = failure ? Result.FAILURE : Result.UNSTABLE;
        run.setResult(result);
        node.addOrReplaceAction(new WarningAction(result).withMessage(message));
    }

    @Override
    public String reportUrl(String urlName) {
        return jenkins.rootUrl() + run.getUrl() + urlName + "/";
    }
}
