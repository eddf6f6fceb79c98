package org.socialsim.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.Role;

/** A person who can sign in. The password is only ever held as a BCrypt hash. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private @Nullable String email;

    /** The institution's id for a student, in upper case; set by a roster import. */
    @Column(name = "student_number")
    private @Nullable String studentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Set after an administrator's reset, so the temporary password is replaced at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
        // for JPA
        this.username = "";
        this.displayName = "";
        this.role = Role.STUDENT;
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(
            String username,
            String displayName,
            @Nullable String email,
            Role role,
            String passwordHash,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("account " + username + " has not been saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getStudentNumber() {
        return studentNumber;
    }

    public void recordStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void changePasswordHash(String newHash, boolean mustChangeAtNextSignIn) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextSignIn;
    }
}
