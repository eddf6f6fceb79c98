package org.socialsim.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialsim.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    List<UserAccount> findAllByOrderByRoleAscDisplayNameAsc();

    /** Accounts by e-mail; the service stores e-mails in lower case, so pass lower-case ones. */
    List<UserAccount> findByEmailIn(Collection<String> emails);

    /** Accounts by student number; stored in upper case, so pass upper-case ones. */
    List<UserAccount> findByStudentNumberIn(Collection<String> studentNumbers);

    boolean existsByStudentNumber(String studentNumber);

    List<UserAccount> findByRoleOrderByDisplayNameAsc(Role role);
}
