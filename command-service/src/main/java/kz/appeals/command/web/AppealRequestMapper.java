package kz.appeals.command.web;

import java.time.Instant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.events.Party;

/** Request bodies to commands; the request is validated before it gets here, so every enum name is known. */
@Mapper(componentModel = "spring")
interface AppealRequestMapper {

    @Mapping(target = "appealId", source = "appealId")
    @Mapping(target = "receivedAt", source = "received")
    FileAppeal toCommand(FileAppealRequest request, String appealId, Instant received);

    Party toParty(PartyRequest request);
}
