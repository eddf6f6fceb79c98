package org.socialsim.account.domain;

import java.util.List;
import java.util.Optional;
import org.socialsim.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    List<UserAccount> findAllByOrderByRoleAscDisplayNameAsc();

    List<UserAccount> findByRoleOrderByDisplayNameAsc(Role role);
}
