package org.socialsim.grading.ui;

/** Where the reports link to: the marking queue and a first marker's sheet (the marking views' routes). */
final class MarkingLinks {

    private MarkingLinks() {}

    static String queue(long assignmentId) {
        return "tutor/assignments/" + assignmentId + "/marking";
    }

    /** The first marker's sheet of an attempt, where its marks and the student's work are. */
    static String marking(long attemptId) {
        return "tutor/attempts/" + attemptId + "/mark/first";
    }
}
