package org.socialsim.gradebook.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the roster's columns by their headers, in any case and with the spellings rosters from LMSs and student
 * record systems use ("E-mail", "Student ID", "student_id", "ID number", "Group").
 */
record RosterColumns(int name, int firstName, int lastName, int email, int studentId, int cohort) {

    private static final Set<String> NAME = Set.of("name", "fullname", "studentname", "displayname");
    private static final Set<String> FIRST_NAME = Set.of("firstname", "givenname", "forename");
    private static final Set<String> LAST_NAME = Set.of("lastname", "surname", "familyname");
    private static final Set<String> EMAIL = Set.of("email", "emailaddress", "mail", "mailaddress");
    private static final Set<String> STUDENT_ID =
            Set.of("studentid", "studentnumber", "studentno", "idnumber", "id", "matriculationnumber");
    private static final Set<String> COHORT = Set.of("cohort", "cohortname", "group", "groupname", "class");

    static RosterColumns of(List<String> headers) {
        List<String> keys = headers.stream().map(RosterColumns::key).toList();
        return new RosterColumns(
                indexOf(keys, NAME),
                indexOf(keys, FIRST_NAME),
                indexOf(keys, LAST_NAME),
                indexOf(keys, EMAIL),
                indexOf(keys, STUDENT_ID),
                indexOf(keys, COHORT));
    }

    /** The required columns the headers lack, by their plain names. A name may also come as first + last name. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (name < 0 && (firstName < 0 || lastName < 0)) {
            missing.add("name");
        }
        if (email < 0) {
            missing.add("email");
        }
        if (cohort < 0) {
            missing.add("cohort");
        }
        return missing;
    }

    RosterLine line(SheetRow row) {
        String fullName = name >= 0
                ? row.cell(name).strip()
                : (row.cell(firstName).strip() + " " + row.cell(lastName).strip()).strip();
        return new RosterLine(
                row.number(),
                fullName,
                row.cell(email).strip(),
                row.cell(studentId).strip(),
                row.cell(cohort).strip());
    }

    private static int indexOf(List<String> keys, Set<String> names) {
        for (int i = 0; i < keys.size(); i++) {
            if (names.contains(keys.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "E-mail " and "e_mail" both become "email": letters and digits only, lower case. */
    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
