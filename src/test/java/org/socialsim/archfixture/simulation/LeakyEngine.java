package org.socialsim.archfixture.simulation;

import org.springframework.stereotype.Component;

/** A deliberately bad engine class: ArchitectureTest proves its purity rule would reject this. */
@Component
class LeakyEngine {}
