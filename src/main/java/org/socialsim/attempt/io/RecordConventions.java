package org.socialsim.attempt.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * The file conventions of SocialSim, applied to plain records that carry no Jackson annotations
 * (the engine's records may not depend on Jackson): enum values are written and read in lower
 * case ({@code reply_then_dm}, {@code monday}); a component marked {@code @Nullable} may be left
 * out; a list or map may be left out and then is empty; every other component is required and
 * may not be {@code null}.
 */
final class RecordConventions extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    @Override
    public String[] findEnumValues(
            MapperConfig<?> config, AnnotatedClass enumType, Enum<?>[] enumValues, String[] names) {
        String[] explicit = super.findEnumValues(config, enumType, enumValues, names);
        for (int i = 0; i < enumValues.length; i++) {
            if (explicit[i] == null) {
                explicit[i] = enumValues[i].name().toLowerCase(Locale.ROOT);
            }
        }
        return explicit;
    }

    @Override
    public @Nullable Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
        Optional<RecordComponent> component = componentOf(member);
        if (component.isEmpty()) {
            return super.hasRequiredMarker(config, member);
        }
        return !isNullable(component.get()) && !isContainer(component.get().getType());
    }

    @Override
    public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated annotated) {
        if (annotated instanceof AnnotatedMember member) {
            Optional<RecordComponent> component = componentOf(member);
            if (component.isPresent()) {
                if (isContainer(component.get().getType())) {
                    return JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY, Nulls.FAIL);
                }
                if (!isNullable(component.get())) {
                    return JsonSetter.Value.forValueNulls(Nulls.FAIL);
                }
            }
        }
        return super.findSetterInfo(config, annotated);
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    private static boolean isContainer(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    /** The record component a constructor parameter, field or accessor stands for, if any. */
    private static Optional<RecordComponent> componentOf(AnnotatedMember member) {
        Class<?> owner = member.getDeclaringClass();
        if (!owner.isRecord()) {
            return Optional.empty();
        }
        RecordComponent[] components = owner.getRecordComponents();
        if (member instanceof AnnotatedParameter parameter) {
            boolean canonical = parameter.getOwner().getParameterCount() == components.length;
            return canonical ? Optional.of(components[parameter.getIndex()]) : Optional.empty();
        }
        if (member instanceof AnnotatedField || member instanceof AnnotatedMethod) {
            return Arrays.stream(components)
                    .filter(component -> component.getName().equals(member.getName()))
                    .findFirst();
        }
        return Optional.empty();
    }
}
