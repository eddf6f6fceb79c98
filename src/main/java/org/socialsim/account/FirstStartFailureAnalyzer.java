package org.socialsim.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused first start into Spring Boot's plain "what went wrong / what to do" report, not a stack trace. */
class FirstStartFailureAnalyzer extends AbstractFailureAnalyzer<FirstStartRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstStartRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
