package com.jixiao.department;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An office inside a department (科室 / 大队 / 中心), e.g. 法制大队. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    private String name;

    @Version
    private long version;

    public Office(Department department, String name) {
        this.department = Objects.requireNonNull(department, "department");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** @param name must not be blank */
    public void rename(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }
}
