package com.jixiao.department;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A budget department (预算部门), e.g. 承德市公安局高新技术产业开发区分局. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** The name used in running text, e.g. 高新区公安分局. */
    private String shortName;

    @Version
    private long version;

    /** @param name must not be blank */
    public Department(String name, String shortName) {
        this.name = Objects.requireNonNull(name, "name");
        this.shortName = shortName;
    }

    /** @param name must not be blank */
    public void rename(String name, String shortName) {
        this.name = Objects.requireNonNull(name, "name");
        this.shortName = shortName;
    }

    public String displayShortName() {
        return shortName != null ? shortName : name;
    }
}
