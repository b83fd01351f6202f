package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.legalaid.api.ProviderInput;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import cn.daxiang.justice.legalaid.service.ProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Legal aid providers over township sync, through {@link ProviderService}'s own create and update paths. */
@ApplicationScoped
public class ProviderSyncAdapter implements SyncAdapter<Provider, ProviderInput> {

    @Inject
    ProviderService providers;

    @Override
    public String resource() {
        return "providers";
    }

    @Override
    public Class<Provider> entityType() {
        return Provider.class;
    }

    @Override
    public Class<ProviderInput> inputType() {
        return ProviderInput.class;
    }

    @Override
    public UUID id(ProviderInput input) {
        return input.id();
    }

    @Override
    public Long version(ProviderInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(ProviderInput input) {
        return input.orgUnit();
    }

    @Override
    public Provider create(ProviderInput input) {
        return providers.createEntity(input);
    }

    @Override
    public void update(Provider current, ProviderInput input) {
        providers.applyUpdate(current, input);
    }

    @Override
    public Object view(Provider entity, Disclosure disclosure) {
        return LegalAidMapper.toView(entity);
    }

    /**
     * The specialties are a collection (a Hibernate bag compares by identity), so they are compared
     * as plain lists here and the other fields with {@link RecordContent#same}.
     */
    @Override
    public boolean sameContent(Provider current, ProviderInput input) {
        Provider candidate = new Provider();
        LegalAidMapper.apply(input, candidate);
        List<String> wanted = candidate.specialties == null ? List.of() : List.copyOf(candidate.specialties);
        List<String> have = current.specialties == null ? List.of() : List.copyOf(current.specialties);
        if (!Objects.equals(wanted, have)) {
            return false;
        }
        candidate.specialties = current.specialties;
        return RecordContent.same(current, candidate);
    }
}
